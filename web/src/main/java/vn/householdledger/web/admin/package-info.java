/**
 * The admin's pages (quản trị): the communes and wards with their yearly figures, the units in force on a day,
 * provinces and the changes of units (previewed before they are sent), the district's targets of a year, and the
 * read models with their rebuilds and dead letters. Each is a form or a table over
 * the API's own admin calls; a refusal is shown beside its field.
 */
package vn.householdledger.web.admin;
