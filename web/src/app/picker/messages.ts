// Labels of the search picker, in English and Bahasa Indonesia.
import { registerMessages } from '../i18n.ts';

registerMessages('picker', {
  en: {
    'picker.more': '{n} more — keep typing',
    'picker.none': 'Nothing matches “{query}”',
    'picker.count': '{n} {n|match|matches}',
    'picker.clear': 'Clear: {label}',
    'picker.hint': 'Type part of a name or id; arrow keys move, Enter chooses, Escape closes.',
    'picker.clusters.all': 'All clusters',
    'picker.clusters.placeholder': 'All — name or province',
    'picker.components.all': 'All components',
    'picker.components.placeholder': 'All — name or HS code',
  },
  id: {
    'picker.more': '{n} lainnya — ketik untuk mempersempit',
    'picker.none': 'Tidak ada yang cocok dengan “{query}”',
    'picker.count': '{n} hasil',
    'picker.clear': 'Kosongkan: {label}',
    'picker.hint': 'Ketik sebagian nama atau kode; tombol panah untuk berpindah, Enter untuk memilih, Escape untuk menutup.',
    'picker.clusters.all': 'Semua sentra',
    'picker.clusters.placeholder': 'Semua — nama atau provinsi',
    'picker.components.all': 'Semua komponen',
    'picker.components.placeholder': 'Semua — nama atau kode HS',
  },
});
