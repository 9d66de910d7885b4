package dk.tovholder.experience.entity;

/** The four steps of the programme, in their order (seed 003). */
public enum Step {
    /** De gode råd: three pieces of advice on collaborating across. */
    ADVICE,
    /** Bidrag til samarbejde: each participant's competences and contribution. */
    CONTRIBUTIONS,
    /** Strukturer for samarbejde: agreements for ongoing collaboration. */
    STRUCTURES,
    /** Forventninger til organisationen: what the group expects from the rest of the organisation. */
    EXPECTATIONS;

    /** 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    public static Step of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("no step " + number);
        }
        return values()[number - 1];
    }
}
