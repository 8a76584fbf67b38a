namespace Kinerja.Web.Data.Demo;

/// <summary>Plausible, clearly fictitious names for the demo accounts.</summary>
public static class DemoNames
{
    private static readonly string[] Given =
    [
        "Ahmad Rifani", "Siti Rahmah", "Muhammad Noor", "Nurul Hidayah", "Rahmat Hidayat", "Dewi Sartika",
        "Fauzan Akbar", "Rina Marlina", "Syahrani", "Yuliana Putri", "Hasanuddin", "Lestari Wulandari",
        "Budi Santoso", "Mariani", "Abdul Kadir", "Fitriani", "Zainal Arifin", "Herlina", "Irfan Maulana",
        "Nor Aida", "Agus Salim", "Sri Wahyuni", "Taufik Rahman", "Wahyu Hidayat", "Ratna Sari",
        "Hendra Gunawan", "Ningsih", "Ridwan Kamil", "Anisa Fitri", "Yusuf Hamdani", "Kartini", "Arif Budiman",
        "Mulyani", "Darmawan", "Intan Permata",
    ];

    public static string For(string prefix, string slug)
    {
        var i = Math.Abs(StableHash(prefix + "." + slug)) % Given.Length;
        return $"{Given[i]} (demo)";
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = 17;
            foreach (var c in s) h = h * 31 + c;
            return h;
        }
    }
}
