package dk.tovholder.exchange.boundary;

import dk.tovholder.exchange.entity.ExchangeAnswer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An answer to a post: the message to the posting organisation. */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = ExchangeAnswer.MESSAGE_MAX)
    private String message;

    public AnswerForm() {
    }

    public AnswerForm(String message) {
        this.message = message;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
