package dk.rekrut.trial;

/** Highest completed education, in the Danish levels a target group is set on (LVU: the seed's academics). */
public enum Education {
    /** Grundskole or gymnasial uddannelse. */
    BASIC,
    /** Erhvervsfaglig uddannelse. */
    VOCATIONAL,
    /** Kort videregående uddannelse (KVU). */
    SHORT_HIGHER,
    /** Mellemlang videregående uddannelse, bachelor (MVU). */
    MEDIUM_HIGHER,
    /** Lang videregående uddannelse, master or more (LVU). */
    LONG_HIGHER
}
