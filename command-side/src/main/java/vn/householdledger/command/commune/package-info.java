/** Communes and wards (xã, phường) as reference data: registration and the yearly plan of each. */
package vn.householdledger.command.commune;
