/**
 * Benchmarks of the running platform (issues #5 and #12). Each figure is a ratio of two measurements taken in the
 * same run on the same machine, so it says something about the platform rather than about the machine.
 */
package vn.health.benchmarks;
