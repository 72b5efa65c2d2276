package dev.leadbridge.events.payload;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What a lead or anonymous visitor did; engagement scoring and attribution weigh each kind.
 */
public enum TouchpointType {

    PAGE_VIEW,
    EMAIL_OPEN,
    EMAIL_CLICK,
    CONTENT_DOWNLOAD,
    WEBINAR_REGISTERED,
    WEBINAR_ATTENDED,
    PRICING_PAGE_VIEW,
    DEMO_REQUEST,
    EVENT_VISIT,
    FORM_SUBMISSION,
    AD_CLICK,
    /** The person unsubscribed from marketing (an e-mail footer link, a preference centre): consent is withdrawn. */
    UNSUBSCRIBE,
    OTHER;

    /** The value on the wire: the constant's name in lower_snake_case, so renaming a constant is a contract change. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
