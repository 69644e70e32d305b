/**
 * What the steering committee reads about the reviews, by business date: each commune against its
 * plan, the year's flows in and out of poverty, deprivations and causes, and who escaped and why.
 */
package vn.householdledger.query.statistics;
