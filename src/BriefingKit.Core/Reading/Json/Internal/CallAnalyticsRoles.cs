// The participant roles Amazon Transcribe Call Analytics and Amazon Connect Contact Lens write
// (ParticipantRole), and the plain names a reader shows for them. Data, not rules: a role not
// listed keeps the text the file gives it.
using System;
using System.Collections.Generic;

namespace BriefingKit.Reading.Json.Internal;

internal static class CallAnalyticsRoles
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AGENT"] = "Agent",
        ["CUSTOMER"] = "Customer",
        ["SUPERVISOR"] = "Supervisor",
        ["SYSTEM"] = "System",
        ["CUSTOM_BOT"] = "Bot",
    };

    /// <summary>The plain name for a role (<c>AGENT</c> → <c>Agent</c>), or the role as written when it is not a known one.</summary>
    public static string NameOf(string role) => Names.TryGetValue(role, out var name) ? name : role;
}
