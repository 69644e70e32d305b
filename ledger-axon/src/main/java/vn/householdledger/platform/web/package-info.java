/**
 * What the HTTP layer accepts before a controller sees a request, and how it refuses the rest: JSON
 * bodies stricter than what Axon reads back from the event store, a cap on body size, no U+0000 in
 * parameters, and problem+json answers even for what Tomcat or the firewall refuses on its own.
 */
package vn.householdledger.platform.web;
