/**
 * mongo-java-server backends whose secondary indexes answer equality and range queries, so the embedded store costs
 * what the services' indexes say, as MongoDB does.
 */
package vn.health.store;
