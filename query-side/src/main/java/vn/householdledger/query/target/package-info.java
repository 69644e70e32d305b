/**
 * The year's plan against what is true now: the district's targets in percent, measured over the
 * open cases' latest assessments, and each commune's target number of poor households.
 */
package vn.householdledger.query.target;
