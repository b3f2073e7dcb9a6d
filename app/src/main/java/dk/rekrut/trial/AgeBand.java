package dk.rekrut.trial;

/** Age in bands: a target group needs no more, and a band identifies no one. */
public enum AgeBand {
    UNDER_25,
    AGE_25_29,
    AGE_30_39,
    AGE_40_49,
    AGE_50_59,
    AGE_60_PLUS;

    /** The band of an age in whole years. */
    public static AgeBand of(int years) {
        if (years < 25) {
            return UNDER_25;
        }
        if (years < 30) {
            return AGE_25_29;
        }
        if (years < 40) {
            return AGE_30_39;
        }
        if (years < 50) {
            return AGE_40_49;
        }
        return years < 60 ? AGE_50_59 : AGE_60_PLUS;
    }
}
