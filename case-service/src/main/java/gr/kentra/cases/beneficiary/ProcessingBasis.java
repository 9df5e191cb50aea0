package gr.kentra.cases.beneficiary;

/**
 * The legal basis on which the centre processes a person's data, which does not depend on their consent: a
 * municipal centre acts in the public interest (GDPR Art. 6(1)(e)), and the special categories it holds
 * (health, disability, ethnic origin) fall under social care (Art. 9(2)(h)) or substantial public interest
 * (Art. 9(2)(g)). Consent (Art. 6(1)(a), 9(2)(a)) is the exception, for activities beyond the public task.
 */
public enum ProcessingBasis {
    PUBLIC_TASK_SOCIAL_CARE("6(1)(e)", "9(2)(h)"),
    PUBLIC_TASK_PUBLIC_INTEREST("6(1)(e)", "9(2)(g)"),
    CONSENT("6(1)(a)", "9(2)(a)");

    /** What a record registered without a stated basis (and every record from before the field) is processed on. */
    public static final ProcessingBasis DEFAULT = PUBLIC_TASK_SOCIAL_CARE;

    private final String article6;
    private final String article9;

    ProcessingBasis(String article6, String article9) {
        this.article6 = article6;
        this.article9 = article9;
    }

    public String article6() {
        return article6;
    }

    public String article9() {
        return article9;
    }
}
