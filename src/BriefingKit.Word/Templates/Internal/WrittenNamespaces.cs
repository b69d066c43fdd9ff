// A part written out and read back is not quite the tree that was written: the XML writer declares
// each namespace prefix where it is first needed, and reading the part back keeps those declarations
// on their elements; the SDK then writes a parsed root with every declaration of its descendants
// hoisted onto it. The memo fills the built-in template in memory instead of writing it and reading it
// back, and marks the declarations the same way, so its XML (and bytes) are what the round trip gave.
using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingKit.Word.Templates.Internal;

internal static class WrittenNamespaces
{
    /// <summary>Declares, on every part root of the main document part and its parts, the prefixes writing it declares.</summary>
    public static void DeclareAsWritten(MainDocumentPart main)
    {
        Declare(main.RootElement);
        foreach (var child in main.Parts) Declare(child.OpenXmlPart.RootElement);
    }

    private static void Declare(OpenXmlPartRootElement? root)
    {
        if (root is null) return;
        var scope = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Stack<(OpenXmlElement Element, HashSet<string> Scope)>();
        pending.Push((root, scope));
        while (pending.Count > 0)
        {
            var (element, inScope) = pending.Pop();
            var own = inScope;
            bool Bind(string prefix)
            {
                // "xml" is bound by XML itself; an unprefixed attribute is in no namespace.
                if (prefix.Length == 0 || prefix == "xml" || own.Contains(prefix)) return false;
                if (ReferenceEquals(own, inScope)) own = new HashSet<string>(inScope, System.StringComparer.Ordinal);
                own.Add(prefix);
                return true;
            }
            void Need(string prefix, string uri)
            {
                if (Bind(prefix)) element.AddNamespaceDeclaration(prefix, uri);
            }
            foreach (var declared in element.NamespaceDeclarations) Bind(declared.Key);
            Need(element.Prefix, element.NamespaceUri);
            foreach (var attribute in element.GetAttributes()) Need(attribute.Prefix, attribute.NamespaceUri);
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling()) pending.Push((child, own));
        }
    }
}
