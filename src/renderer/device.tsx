import { render } from 'preact';
import { parseDeviceQuery } from '../core/venue';
import { initI18n } from './i18n';
import { DeviceApp } from './screens/venue-device/DeviceApp';
import './styles/app.css';

/**
 * The venue device page (device.html): a stage display or a remote on another device of the
 * venue network. It opens no database and keeps nothing: all it knows arrives through the relay.
 */
const target = parseDeviceQuery(location.search);
initI18n(target?.language ?? (navigator.language.startsWith('en') ? 'en' : 'es'));
render(<DeviceApp target={target} />, document.getElementById('app')!);
