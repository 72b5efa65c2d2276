package dev.leadbridge.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** The few things the deployment checks read from a Maven POM. */
record PomFile(String groupId, String artifactId, String version, List<String> modules, List<Dependency> dependencies,
               Element properties) {

    record Dependency(String groupId, String artifactId, String scope) {
    }

    static PomFile read(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Element project = document.getDocumentElement();
            Element parent = child(project, "parent");
            String groupId = text(project, "groupId").orElseGet(() -> text(parent, "groupId").orElse(null));
            String version = text(project, "version").orElseGet(() -> text(parent, "version").orElse(null));
            String artifactId = text(project, "artifactId").orElseThrow();
            List<String> modules = new ArrayList<>();
            for (Element module : children(child(project, "modules"), "module")) {
                modules.add(module.getTextContent().trim());
            }
            List<Dependency> dependencies = new ArrayList<>();
            for (Element dependency : children(child(project, "dependencies"), "dependency")) {
                dependencies.add(new Dependency(text(dependency, "groupId").orElse(""),
                        text(dependency, "artifactId").orElse(""), text(dependency, "scope").orElse("compile")));
            }
            return new PomFile(groupId, artifactId, version, List.copyOf(modules), List.copyOf(dependencies),
                    child(project, "properties"));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    Optional<String> property(String name) {
        return text(properties, name);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<String> text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? Optional.empty() : Optional.of(element.getTextContent().trim());
    }
}
