// The issue-matrix writer arrives with its own issue; the package exists so the layout is settled.
[assembly: System.CLSCompliant(false)]
