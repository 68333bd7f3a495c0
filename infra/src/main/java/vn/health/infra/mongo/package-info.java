/** A MongoDB-wire-compatible server with file persistence, for the embedded platform. */
package vn.health.infra.mongo;
