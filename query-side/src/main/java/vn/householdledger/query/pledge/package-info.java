/**
 * The escape pledges (đăng ký thoát nghèo) of a year and their outcome: one read model, its projection,
 * its queries and its controller.
 */
package vn.householdledger.query.pledge;
