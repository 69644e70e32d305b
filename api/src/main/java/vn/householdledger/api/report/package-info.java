/** The reports a commune sends upward after its review (báo cáo kết quả rà soát): their answers in JSON. */
package vn.householdledger.api.report;
