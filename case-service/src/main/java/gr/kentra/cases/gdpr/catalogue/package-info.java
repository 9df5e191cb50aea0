/**
 * What the record holds of a person, table by table ({@code PersonalDataCatalogue}), and how to read it all
 * ({@code PersonalDataReader}) or clear it ({@code ErasureStatements}): the one place that knows every module's tables.
 */
package gr.kentra.cases.gdpr.catalogue;
