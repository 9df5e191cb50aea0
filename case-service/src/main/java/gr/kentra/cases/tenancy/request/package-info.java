/**
 * Which centre a request serves: the tenant filter and context, Hibernate's schema resolution and the connection
 * provider that hands out a connection of the centre's cell.
 */
package gr.kentra.cases.tenancy.request;
