/**
 * Units that change (sáp nhập, chia tách, đổi tên, giải thể đơn vị hành chính): the units projection, the
 * units in force on a day, and the one place that follows a unit through its changes for scopes and for
 * reads under the units of a year or of today.
 */
package vn.householdledger.query.unit;
