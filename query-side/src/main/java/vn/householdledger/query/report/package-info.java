/**
 * The reports a commune (or the district) sends upward after its reviews: the results of the reviews
 * decided for a year's lists by unit, with urban and rural totals, as JSON, a workbook and a PDF to sign,
 * and the appendices of deprivations (Phụ lục 4d) and causes (Phụ lục 5a) among the poor.
 */
package vn.householdledger.query.report;
