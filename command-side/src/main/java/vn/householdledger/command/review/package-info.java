/**
 * A commune's review of its poor and near-poor households (rà soát hộ nghèo, hộ cận nghèo; Decision
 * 24/2021/QĐ-TTg), as the law runs it: households listed and surveyed, each village's meeting, the public
 * posting and its complaints, and the decision of the commune's chair. {@link vn.householdledger.command.review.Review}
 * decides every step; a commune's one undecided review of a kind is checked by
 * {@link vn.householdledger.command.review.ReviewUniqueness} against the directory
 * {@link vn.householdledger.command.review.ReviewLookups} records. Once decided, the
 * {@link vn.householdledger.command.review.ReviewDecisionProcess} takes the decision to every household, one
 * household at a time, and a periodic review still undecided on its due day becomes overdue through Axon's
 * deadline manager on db-scheduler.
 */
package vn.householdledger.command.review;
