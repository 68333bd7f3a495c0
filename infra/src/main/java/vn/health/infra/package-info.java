/** The embedded platform without Docker: the launcher and the processes it runs, in order. */
package vn.health.infra;
