/**
 * Vietnam's multidimensional poverty standards (chuẩn nghèo đa chiều) as data and one rule each: the
 * command side classifies assessments by them, the query side serves them as reference data.
 */
package vn.householdledger.standard;
