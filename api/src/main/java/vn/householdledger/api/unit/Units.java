package vn.householdledger.api.unit;

/** Under which units a year's figures are read: those in force in that year, or today's. */
public enum Units {
    /** The units in force at the end of the year read (the default: the plan's table reads as the plan). */
    THEN,
    /** Today's units: the figures of units merged since add up into the unit they joined. */
    CURRENT
}
