/**
 * Business calendars and business-time arithmetic: {@link dev.leadbridge.sla.domain.time.BusinessCalendar} says when
 * a team works, {@link dev.leadbridge.sla.domain.time.BusinessTime} adds and measures business time over it, correct
 * across DST changes, midnight, weekends, holidays and {@link dev.leadbridge.sla.domain.time.Pause pauses}.
 */
package dev.leadbridge.sla.domain.time;
