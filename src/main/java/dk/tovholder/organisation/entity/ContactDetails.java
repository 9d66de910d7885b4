package dk.tovholder.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** How to reach an organisation's contact person (a value: replaced whole); shown to others only with consent. */
@Embeddable
public class ContactDetails implements Serializable {

    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;
    /** A phone number: digits, spaces, +, parentheses and dashes; empty allowed. */
    public static final String PHONE_PATTERN = "^$|^[+0-9 ()-]{4,40}$";

    @Size(max = NAME_MAX)
    @Column(name = "contact_person", length = NAME_MAX)
    private String person;

    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN, message = "{tovholder.validation.Phone}")
    @Column(name = "contact_phone", length = PHONE_MAX)
    private String phone;

    @Email
    @Size(max = EMAIL_MAX)
    @Column(name = "contact_email", length = EMAIL_MAX)
    private String email;

    /** No contact details. */
    public ContactDetails() {
    }

    public ContactDetails(String person, String phone, String email) {
        this.person = person;
        this.phone = phone;
        this.email = email;
    }

    public boolean isEmpty() {
        return isBlank(person) && isBlank(phone) && isBlank(email);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getPerson() {
        return person;
    }


    public String getPhone() {
        return phone;
    }


    public String getEmail() {
        return email;
    }

}
