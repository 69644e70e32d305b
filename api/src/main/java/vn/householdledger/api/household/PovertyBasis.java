package vn.householdledger.api.household;

import vn.householdledger.api.statistics.Why;

/** Why a household was classified poor, as the standard it was assessed under distinguishes. */
public enum PovertyBasis {
    /** 2016–2020: income at or below the poverty line. */
    BY_INCOME,
    /** 2016–2020: income at or below the near-poor line and three or more deprivations. */
    BY_LACK_OF_BASIC_SERVICES,
    /** From 2021: income at or below the line and three or more deprivations. */
    BY_INCOME_AND_DEPRIVATIONS
}
