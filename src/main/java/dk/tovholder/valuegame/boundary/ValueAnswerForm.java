package dk.tovholder.valuegame.boundary;

import dk.tovholder.organisation.entity.CollaborationValue;
import dk.tovholder.valuegame.entity.ValueAnswer;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/** An organisation's answer as it is marked on the page or sent to the API. */
public class ValueAnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Set<CollaborationValue> values = EnumSet.noneOf(CollaborationValue.class);

    @Size(max = ValueAnswer.OWN_VALUE_MAX)
    private String ownValue;

    public Set<CollaborationValue> getValues() {
        return values;
    }

    public void setValues(Set<CollaborationValue> values) {
        this.values = EnumSet.noneOf(CollaborationValue.class);
        if (values != null) {
            this.values.addAll(values);
        }
    }

    public String getOwnValue() {
        return ownValue;
    }

    public void setOwnValue(String ownValue) {
        this.ownValue = ownValue;
    }
}
