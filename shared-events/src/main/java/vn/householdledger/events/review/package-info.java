/**
 * The yearly review of a commune as the law runs it (rà soát hộ nghèo, hộ cận nghèo; Decision
 * 24/2021/QĐ-TTg): households listed and surveyed, each village's meeting, the public posting and its
 * complaints, and the chair's decision. Every event belongs to the review's stream and carries its
 * business date; who recorded it is in the metadata.
 */
package vn.householdledger.events.review;
