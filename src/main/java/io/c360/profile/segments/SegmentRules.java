package io.c360.profile.segments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.c360.avro.CustomerProfile;
import io.c360.config.ConfigException;
import io.c360.json.AvroJson;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlExpression;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segments defined in config/segments.properties as JEXL expressions over the profile as its JSON shape
 * (e.g. {@code scores.ltvHistorical >= 1000 && scores.lifecycleStage == 'AT_RISK'}). Expressions see maps,
 * lists, strings, numbers and booleans only: JEXL runs with restricted permissions, so a rule cannot call
 * into Java.
 */
public final class SegmentRules {
    private static final Logger LOG = LoggerFactory.getLogger(SegmentRules.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final Map<String, JexlExpression> segments;
    private final MarketingConsent marketing;

    private SegmentRules(Map<String, JexlExpression> segments, MarketingConsent marketing) {
        this.segments = segments;
        this.marketing = marketing;
    }

    public static SegmentRules none() {
        return new SegmentRules(Map.of(), MarketingConsent.none());
    }

    /** These rules, with the marketing audiences honouring consent. */
    public SegmentRules withMarketing(MarketingConsent consent) {
        for (String audience : consent.audiences()) {
            if (!segments.containsKey(audience)) {
                throw new ConfigException("c360.segments.marketing names '" + audience + "', which is not a segment; "
                    + "known: " + new TreeMap<>(segments).keySet());
            }
        }
        return new SegmentRules(segments, consent);
    }

    public static SegmentRules parse(Map<String, String> definitions) {
        JexlEngine jexl = new JexlBuilder().permissions(JexlPermissions.RESTRICTED).strict(false).silent(false)
            .safe(true).create();
        Map<String, JexlExpression> compiled = new LinkedHashMap<>();
        new TreeMap<>(definitions).forEach((name, expression) -> {
            try {
                compiled.put(name, jexl.createExpression(expression));
            } catch (JexlException e) {
                throw new ConfigException("segment '" + name + "' is not a valid rule: " + e.getMessage());
            }
        });
        return new SegmentRules(Map.copyOf(compiled), MarketingConsent.none());
    }

    public Map<String, String> definitions() {
        Map<String, String> result = new TreeMap<>();
        segments.forEach((name, expression) -> result.put(name, expression.getSourceText()));
        return result;
    }

    /** The segments the profile is in, sorted by name. */
    public List<String> segmentsOf(CustomerProfile profile) {
        if (segments.isEmpty()) {
            return List.of();
        }
        MapContext context = new MapContext(JSON.convertValue(AvroJson.toJson(profile), MAP));
        List<String> in = new ArrayList<>();
        new TreeMap<>(segments).forEach((name, expression) -> {
            if (isTrue(name, expression, context, profile.getCustomerId())) {
                in.add(name);
            }
        });
        return marketing.filter(in, profile);
    }

    private static boolean isTrue(String name, JexlExpression expression, MapContext context, String customerId) {
        try {
            return Boolean.TRUE.equals(expression.evaluate(context));
        } catch (JexlException e) {
            LOG.warn("Segment '{}' could not be evaluated for customer {}: {}", name, customerId, e.getMessage());
            return false;
        }
    }
}
