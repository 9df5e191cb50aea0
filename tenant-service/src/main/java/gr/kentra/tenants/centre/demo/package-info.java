/**
 * The generated demo centres of the local stack and benchmarks (kentra.registry.generate-up-to): written straight
 * into the registry's tables, used by nothing else.
 */
package gr.kentra.tenants.centre.demo;
