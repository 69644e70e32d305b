/** The district's yearly plan: targets in percent that the committee follows through the year. */
package vn.householdledger.events.target;
