package vn.householdledger.api.review;

/** Why a household is reviewed: it is on the poor or near-poor lists, it applied (giấy đề nghị), or the village head reported it. */
public enum ListingReason {
    ON_LIST,
    APPLIED,
    REPORTED
}
