/**
 * The district's yearly plan (kế hoạch giảm nghèo): targets in percent that the committee follows.
 * {@link vn.householdledger.command.target.DistrictPlan} decides what a valid target is.
 */
package vn.householdledger.command.target;
