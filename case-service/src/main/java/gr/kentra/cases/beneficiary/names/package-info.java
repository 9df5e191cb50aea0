/**
 * How a name is written and matched: ELOT 743 transliteration, the normalised search text, and the phonetic key
 * (with the name variants of {@code name-variants.txt}) that search matches on. Uses nothing else in the module.
 */
package gr.kentra.cases.beneficiary.names;
