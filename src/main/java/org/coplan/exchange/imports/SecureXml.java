package org.coplan.exchange.imports;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX readers for untrusted plan files: no DTD and no external entities, so a file cannot make Coplan read
 * local files or fetch URLs (XXE) or expand entities without end. Readers also refuse any DOCTYPE they meet.
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The parser's own explanation without its "ParseError at [row,col]" preamble, with the place kept. */
    public static String reason(XMLStreamException failure) {
        String message = String.valueOf(failure.getMessage());
        int marker = message.indexOf("Message: ");
        String text = marker >= 0 ? message.substring(marker + "Message: ".length()) : message;
        String line = text.lines().findFirst().orElse("");
        return failure.getLocation() == null ? line
                : line + " (" + failure.getLocation().getLineNumber() + ":" + failure.getLocation().getColumnNumber()
                + ")";
    }
}
