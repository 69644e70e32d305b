package vn.householdledger.api.household;

/** A cause of poverty (nguyên nhân nghèo) found by an assessment; an assessment names at most two. */
public enum PovertyCause {
    LACK_CAPITAL,
    LACK_LAND,
    LACK_MEANS_OF_PRODUCTION,
    LACK_LABOUR,
    LACK_JOBS,
    LACK_SKILLS,
    MANY_DEPENDANTS,
    LONG_ILLNESS,
    SOCIAL_EVILS,
    IDLENESS_OR_SPENDING,
    OTHER
}
