package org.ansim.risk;

/** The profiler's typology of a stalker (after the Stalking Risk Profile). */
public enum StalkerTypology {
    REJECTED,
    RESENTFUL,
    INTIMACY_SEEKING,
    INCOMPETENT_SUITOR,
    PREDATORY
}
