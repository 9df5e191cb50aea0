/**
 * Which centre a request serves: the tenant filter and context, Hibernate's schema resolution and the connection
 * provider that hands out a connection of the centre's cell, and the answers to a request the centre may not have
 * now (frozen for a move, suspended or archived: {@code LifecycleRefusals}).
 */
package gr.kentra.cases.tenancy.request;
