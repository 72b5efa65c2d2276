package dev.leadbridge.events.payload;

/**
 * Where a lead came from; attribution credits revenue to it and SLA policies may depend on its channel.
 *
 * @param utmId       the ad platform's campaign id ({@code utm_id}), to join the lead to the campaign's spend
 * @param landingPage the URL of the page the lead landed on
 * @param referrer    the referring URL
 * @param formId      the website form that captured the lead, when it came from one
 * @param integration the API integration that captured the lead, when it came from one
 */
public record LeadSource(
        Channel channel,
        String campaign,
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String utmTerm,
        String utmContent,
        String utmId,
        String landingPage,
        String referrer,
        String formId,
        String integration) {

    public LeadSource {
        Checks.required(channel, "source.channel");
    }

    /** A source known only by its channel. */
    public static LeadSource of(Channel channel) {
        return new LeadSource(channel, null, null, null, null, null, null, null, null, null, null, null);
    }
}
