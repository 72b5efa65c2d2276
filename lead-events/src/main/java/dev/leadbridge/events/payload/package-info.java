/**
 * Event payloads: one record per CloudEvent type, plus the value records and enums they share.
 * <p>
 * Wire rules, enforced by {@link dev.leadbridge.events.EventJson} and checked by the JSON Schemas: property names are
 * the record component names; absent optional values are omitted, never {@code null}; instants are ISO-8601 UTC
 * strings and durations ISO-8601 duration strings; money is a decimal string next to an ISO-4217 currency; enums are
 * lower_snake_case strings (grades are the letters A–D); lists and maps are never {@code null}, only empty.
 * <p>
 * Adding an optional field is compatible: readers ignore what they do not know. The schema must grow with the record,
 * which the schema tests enforce. Removing or changing a field is a new event version.
 */
package dev.leadbridge.events.payload;
