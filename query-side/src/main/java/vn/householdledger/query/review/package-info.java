/**
 * The yearly review's read side (rà soát hộ nghèo, hộ cận nghèo): each commune's reviews by step with their
 * counts and overdue flag, a review's households with their proposal, agreement, complaint and decision,
 * its posting list to print (niêm yết công khai), and the gauges of reviews by step. The certificate of a
 * recognised household is {@code certificate}'s.
 */
package vn.householdledger.query.review;
