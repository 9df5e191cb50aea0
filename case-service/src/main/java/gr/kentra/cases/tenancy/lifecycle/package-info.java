/**
 * The centres' status and names as tenant-service reports them, polled; suspended and archived centres are refused
 * here.
 */
package gr.kentra.cases.tenancy.lifecycle;
