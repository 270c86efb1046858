package org.valuelens.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the {@code <licenses>} of an artifact's POM in a local Maven repository, following {@code <parent>} POMs
 * when the artifact's own POM declares none (as Maven's model inheritance does).
 */
final class PomLicences {

    /** One declared licence. */
    record Licence(String name, String url) {
    }

    private static final int MAX_PARENTS = 10;

    private final Path repository;

    /** @param repository the local Maven repository (e.g. ~/.m2/repository) */
    PomLicences(Path repository) {
        this.repository = repository;
    }

    /**
     * @param group    groupId
     * @param artifact artifactId
     * @param version  version
     * @return the licences of the nearest POM in the parent chain that declares any; empty when none does
     * @throws IOException when the artifact's POM is missing or unreadable
     */
    List<Licence> licences(String group, String artifact, String version) throws IOException {
        String g = group;
        String a = artifact;
        String v = version;
        for (int depth = 0; depth <= MAX_PARENTS; depth++) {
            Element project = read(pom(g, a, v));
            Element block = child(project, "licenses");
            List<Licence> found = new ArrayList<>();
            if (block != null) {
                for (Node n = block.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element lic && "license".equals(local(lic)) && text(lic, "name") != null) {
                        found.add(new Licence(text(lic, "name"), text(lic, "url")));
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            Element parent = child(project, "parent");
            if (parent == null) {
                break;
            }
            g = text(parent, "groupId");
            a = text(parent, "artifactId");
            v = text(parent, "version");
        }
        return List.of();
    }

    private Path pom(String group, String artifact, String version) {
        return repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
    }

    private static Element read(Path pom) throws IOException {
        if (!Files.isRegularFile(pom)) {
            throw new IOException("POM not found: " + pom);
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("unreadable POM " + pom + ": " + e.getMessage(), e);
        }
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static Element child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && name.equals(local(c))) {
                return c;
            }
        }
        return null;
    }

    private static String text(Element e, String name) {
        Element c = child(e, name);
        String t = c == null ? null : c.getTextContent().strip().replaceAll("\\s+", " ");
        return t == null || t.isEmpty() ? null : t;
    }
}
