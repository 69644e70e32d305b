/**
 * The household's certificate (giấy chứng nhận hộ nghèo, hộ cận nghèo): of the class its latest assessment
 * not voided recognises, naming the commune and the decision behind it, the head and the members.
 */
package vn.householdledger.query.review.certificate;
