package dk.tovholder.identity.boundary;

import dk.tovholder.caller.Role;
import dk.tovholder.identity.entity.Account;
import dk.tovholder.organisation.entity.Person;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator fills in to create a login for a person. */
public class NewAccount implements Serializable {

    @NotBlank
    @Size(min = Account.USERNAME_MIN, max = Account.USERNAME_MAX)
    @Pattern(regexp = "[a-zA-Z0-9._-]*", message = "{tovholder.validation.Username}")
    private String username;

    @NotBlank
    @Size(max = Person.NAME_MAX)
    private String name;

    @Size(max = Person.TITLE_MAX)
    private String jobTitle;

    @Email
    @Size(max = Person.EMAIL_MAX)
    private String email;

    @NotNull
    private Long organisationId;

    @NotBlank
    private String password;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
